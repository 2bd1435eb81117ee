-- Scenarios 1-5: the same GET over and over, answers counted by status class.
dofile(os.getenv("BENCH_LUA") .. "/count-statuses.lua")
