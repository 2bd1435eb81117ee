package com.careerplatform.kit.architecture;

import org.junit.jupiter.api.Test;

class KitDataPackagesTest {

    @Test
    void theKitsPackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("com.careerplatform.kit");
    }
}
