-- Employees' answers to their framework's checklist (its SELF_CHECK guide): each kept with the day it
-- was taken and the framework version whose items were answered; read by the person and their manager.
create table self_assessment (
    id                uuid         primary key,
    employee_id       varchar(64)  not null references person (employee_id),
    framework_slug    varchar(64)  not null,
    framework_version integer      not null,
    taken_on          date         not null,
    answers           jsonb        not null,
    created_at        timestamptz  not null
);

create index self_assessment_of_person on self_assessment (employee_id, taken_on desc, created_at desc);
