package com.careerplatform.comp.adjustment;

/** PENDING until comp-admin approves (a comp record change is written) or rejects it. */
public enum ProposalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
