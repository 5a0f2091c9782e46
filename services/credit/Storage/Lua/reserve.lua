-- Reserve: checks every limit and, only if all pass, holds the amount, writes the ledger and the event.
--   KEYS[7] topic credit.hold_reserved   KEYS[8] hold (hash)
--   ARGV[14] operation id   ARGV[15] amount   ARGV[16] expires at (unix ms)   ARGV[17] strength
--   ARGV[18] single-transaction cap of the strength   ARGV[19] daily cap of the strength   ARGV[20] sweep batch
-- Reply: { outcome, detail, hold or false, line or false }.
local hold_key = KEYS[8]
local op, amount, expires_at = ARGV[14], tonumber(ARGV[15]), tonumber(ARGV[16])
local strength, cap_single, cap_daily = ARGV[17], tonumber(ARGV[18]), tonumber(ARGV[19])

local line = read_line()
if not line then return { 'no_credit_line', 0, false, false } end
sweep(line, tonumber(ARGV[20]))

local existing = read_hold(hold_key)
if existing then
  if existing.amount ~= amount then return { 'operation_conflict', existing.amount, false, line_reply(line) } end
  expire_if_due(line, op, existing)
  return { 'existing', 0, hold_reply(existing), line_reply(line) }
end

local single = math.min(line.single, cap_single)
if amount > single then return { 'single_limit_exceeded', single, false, line_reply(line) } end

local daily_left = math.min(line.daily, cap_daily) - reserved_today()
if amount > daily_left then return { 'daily_limit_exceeded', math.max(daily_left, 0), false, line_reply(line) } end

local cash_available = math.max(math.min(line.cash_limit - line.used - line.held, available(line)), 0)
if amount > cash_available then return { 'insufficient_credit', cash_available, false, line_reply(line) } end

local hold = { amount = amount, state = 'pending', created_at = now_ms, expires_at = expires_at, day = today }
redis.call('HSET', hold_key, 'amount', fen(amount), 'state', 'pending', 'created_at', fen(now_ms),
           'expires_at', fen(expires_at), 'day', today, 'strength', strength)
redis.call('ZADD', expiries_key, expires_at, op)
redis.call('HINCRBY', line_key, 'held', amount)
line.held = line.held + amount
redis.call('INCRBY', today_key, amount)
redis.call('PEXPIRE', today_key, day_ttl_ms)
ledger(op, account('held'), account('available'), amount, 'reserve')
emit(own_topic, 'reserved', op, amount, line)
return { 'reserved', 0, hold_reply(hold), line_reply(line) }
