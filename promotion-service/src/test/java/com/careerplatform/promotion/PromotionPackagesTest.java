package com.careerplatform.promotion;

import com.careerplatform.kit.architecture.PackageCycles;
import org.junit.jupiter.api.Test;

class PromotionPackagesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("com.careerplatform.promotion");
    }
}
