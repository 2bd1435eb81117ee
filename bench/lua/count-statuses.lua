-- Counts answers by status class in every thread and prints the totals when wrk is done, so that run.sh
-- can tell rate limiting (429) from failures (5xx). Loaded by every scenario's script, so that each
-- scenario pays the same client-side cost.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("thread_id", #threads)
end

statuses = { ok = 0, limited = 0, client = 0, server = 0 }

function response(status, headers, body)
    if status < 400 then
        statuses.ok = statuses.ok + 1
    elseif status == 429 then
        statuses.limited = statuses.limited + 1
    elseif status < 500 then
        statuses.client = statuses.client + 1
    else
        statuses.server = statuses.server + 1
    end
end

function done(summary, latency, requests)
    local totals = { ok = 0, limited = 0, client = 0, server = 0 }
    for _, thread in ipairs(threads) do
        local counted = thread:get("statuses")
        for class, count in pairs(counted) do
            totals[class] = totals[class] + count
        end
    end
    io.write(string.format("bench-statuses: ok=%d limited=%d client=%d server=%d\n",
        totals.ok, totals.limited, totals.client, totals.server))
end
