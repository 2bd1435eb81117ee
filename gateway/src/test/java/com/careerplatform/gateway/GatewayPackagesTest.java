package com.careerplatform.gateway;

import com.careerplatform.kit.architecture.PackageCycles;
import org.junit.jupiter.api.Test;

class GatewayPackagesTest {

    @Test
    void featurePackagesDependOnEachOtherWithoutACycle() {
        PackageCycles.assertNone("com.careerplatform.gateway");
    }
}
