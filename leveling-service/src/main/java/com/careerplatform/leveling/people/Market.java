package com.careerplatform.leveling.people;

/** The pay market a person is in, as comp-service's bands are: Korea, the US, or remote from Korea. */
public enum Market {
    KR, US, GLOBAL_REMOTE
}
