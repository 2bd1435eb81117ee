package com.careerplatform.comp;

import com.careerplatform.kit.architecture.PackageCycles;
import org.junit.jupiter.api.Test;

class CompPackagesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("com.careerplatform.comp");
    }
}
