-- SetUserLimits: the limits the user sets for themselves (already checked against the system caps).
--   ARGV[7] single-transaction limit   ARGV[8] daily limit   ARGV[9] sweep batch
-- Reply: { outcome, detail, false, line or false }.
local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
sweep(line, tonumber(ARGV[9]))
redis.call('HSET', line_key, 'single', ARGV[7], 'daily', ARGV[8])
line.single, line.daily = tonumber(ARGV[7]), tonumber(ARGV[8])
return { 'updated', 0, false, line_reply(line) }
