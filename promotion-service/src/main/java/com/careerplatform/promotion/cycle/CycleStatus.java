package com.careerplatform.promotion.cycle;

/** Whether a cycle takes packets (within its window) or not. */
public enum CycleStatus {
    OPEN,
    CLOSED
}
