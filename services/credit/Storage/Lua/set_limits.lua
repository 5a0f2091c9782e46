-- SetUserLimits: the limits the user sets for themselves (already checked against the system caps).
--   ARGV[11] single-transaction limit   ARGV[12] daily limit   ARGV[13] sweep batch
-- Reply: { outcome, detail, false, line or false }.
local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
sweep(line, tonumber(ARGV[13]))
redis.call('HSET', line_key, 'single', ARGV[11], 'daily', ARGV[12])
line.single, line.daily = tonumber(ARGV[11]), tonumber(ARGV[12])
return { 'updated', 0, false, line_reply(line) }
