-- A worker's request for pay information (EU 2023/970 Art. 7): answered within two months.
create table pay_information_request (
    id           uuid primary key,
    employee_id  varchar(64)  not null,
    requested_by varchar(200) not null,
    requested_at timestamptz  not null,
    due_date     date         not null,
    status       varchar(16)  not null check (status in ('OPEN', 'ANSWERED')),
    answer       jsonb,
    answered_by  varchar(200),
    answered_at  timestamptz,
    check ((status = 'ANSWERED') = (answer is not null))
);

create index pay_information_request_due on pay_information_request (status, due_date);
