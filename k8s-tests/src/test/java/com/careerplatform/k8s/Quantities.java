package com.careerplatform.k8s;

import io.fabric8.kubernetes.api.model.Quantity;

/** Kubernetes resource quantities ("512Mi", "1G") as numbers. */
final class Quantities {

    private Quantities() {
    }

    static long bytes(String quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity)).longValueExact();
    }
}
