-- Reads the line (and a hold when KEYS[8] is given) after voiding whatever has expired: expiry is applied on
-- every access, and the background sweeper uses this script for lines nobody touches.
--   KEYS[8] hold (optional)   ARGV[14] operation id (with KEYS[8])   ARGV[15] sweep batch
-- Reply: { outcome, expired count, hold or false, line or false }.
local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
local expired = sweep(line, tonumber(ARGV[15]))
if not KEYS[8] then return { 'ok', expired, false, line_reply(line) } end

local hold = read_hold(KEYS[8])
if not hold then return { 'hold_not_found', expired, false, line_reply(line) } end
expire_if_due(line, ARGV[14], hold)
return { 'ok', expired, hold_reply(hold), line_reply(line) }
