-- Scenario 6: hiring-committee decisions submitted in a burst (as a member of the hiring committee). Every request carries a fresh
-- Idempotency-Key and candidate id (bench-<run>-<wrk invocation>-<thread>-<n>), so every 201 is one new
-- row, which run.sh compares with the rows in the database after the run.
dofile(os.getenv("BENCH_LUA") .. "/count-statuses.lua")

local run = os.getenv("BENCH_RUN_ID") .. "-" .. os.getenv("BENCH_INVOCATION")

function init(args)
    sent = 0
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
end

function request()
    sent = sent + 1
    local key = run .. "-" .. thread_id .. "-" .. sent
    wrk.headers["Idempotency-Key"] = key
    wrk.body = '{"candidateId":"bench-' .. key .. '","frameworkSlug":"ai-engineer","signals":['
        .. '{"round":"SYSTEM_DESIGN","interviewer":"hugo","scores":{"SYSTEM_DESIGN":3},"recommendedLevel":"L5"}],'
        .. '"proposedLevel":"L5","rationale":"Benchmark decision.","chair":"hana"}'
    return wrk.format()
end
