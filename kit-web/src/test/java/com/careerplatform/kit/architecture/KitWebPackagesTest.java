package com.careerplatform.kit.architecture;

import org.junit.jupiter.api.Test;

class KitWebPackagesTest {

    @Test
    void kitWebsPackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("com.careerplatform.kit");
    }
}
