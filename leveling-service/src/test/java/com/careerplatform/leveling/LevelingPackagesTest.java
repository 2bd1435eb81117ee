package com.careerplatform.leveling;

import com.careerplatform.kit.architecture.PackageCycles;
import org.junit.jupiter.api.Test;

class LevelingPackagesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("com.careerplatform.leveling");
    }
}
