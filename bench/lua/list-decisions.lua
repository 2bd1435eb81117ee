-- Scenario 7: reading the decision list page by page at any depth. run.sh writes cursors taken at
-- random depths of the table (one per line, "-" for the first page) to BENCH_CURSORS; each request asks
-- for the page after one of them.
dofile(os.getenv("BENCH_LUA") .. "/count-statuses.lua")

local cursors = {}

function init(args)
    for line in io.lines(os.getenv("BENCH_CURSORS")) do
        table.insert(cursors, line)
    end
    math.randomseed(os.time() * 100 + thread_id)
end

function request()
    local cursor = cursors[math.random(#cursors)]
    local path = wrk.path .. "?limit=50"
    if cursor ~= "-" then
        path = path .. "&cursor=" .. cursor
    end
    return wrk.format("GET", path)
end
