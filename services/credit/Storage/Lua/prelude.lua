-- Follows Platform.PubSub's pubsub_publish and precedes every credit script. Every script gets the same first
-- keys and arguments:
--   KEYS[1] line (hash)             KEYS[2] expiries (zset: operation id -> expires at; pending holds only)
--   KEYS[3] ledger (stream)         KEYS[4] reserved today (string counter of the local day)
--   KEYS[5] posted per day (hash)   KEYS[6] topic credit.hold_voided   KEYS[7] the script's own topic
--   ARGV[1] user id   ARGV[2] now (unix ms)   ARGV[3] now (RFC 3339, ms)   ARGV[4] today (yyyymmdd, local)
--   ARGV[5] event time (RFC 3339, s)   ARGV[6] traceparent   ARGV[7] tracestate
--   ARGV[8..10] and ARGV[11..13]: outbox templates (maxlen, CloudEvent, metadata) for KEYS[6] and KEYS[7]
-- Script keys start at KEYS[8] and arguments at ARGV[14]. Holds found in the expiries zset live under the same
-- key prefix as the line, so they share its hash slot although they are not declared in KEYS.
local line_key, expiries_key, ledger_key, today_key, posted_key = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local user_id, now_ms, now_text, today = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
local event_time, traceparent, tracestate = ARGV[5], ARGV[6], ARGV[7]
local voided_topic = { key = KEYS[6], maxlen = ARGV[8], event = ARGV[9], metadata = ARGV[10] }
local own_topic = { key = KEYS[7], maxlen = ARGV[11], event = ARGV[12], metadata = ARGV[13] }
local prefix = string.sub(line_key, 1, -5)
local day_ttl_ms = 3 * 24 * 3600 * 1000

local function fen(value) return string.format('%.0f', value) end

local function account(name) return 'user:' .. user_id .. ':' .. name end

local function read_line()
  local v = redis.call('HMGET', line_key, 'limit', 'cash_limit', 'used', 'held', 'statement_day', 'single', 'daily',
                      'repaid', 'opened_at')
  if not v[1] then return nil end
  return { limit = tonumber(v[1]), cash_limit = tonumber(v[2]), used = tonumber(v[3]), held = tonumber(v[4]),
           statement_day = tonumber(v[5]), single = tonumber(v[6]), daily = tonumber(v[7]), repaid = tonumber(v[8]),
           opened_at = tonumber(v[9]) }
end

local function available(line) return line.limit - line.used - line.held end

local function reserved_today() return tonumber(redis.call('GET', today_key) or '0') end

local function line_reply(line)
  return { line.limit, line.cash_limit, line.used, line.held, line.statement_day, line.single, line.daily,
           reserved_today(), line.repaid, line.opened_at }
end

local function read_hold(key)
  local v = redis.call('HMGET', key, 'amount', 'state', 'created_at', 'expires_at', 'day')
  if not v[1] then return nil end
  return { amount = tonumber(v[1]), state = v[2], created_at = tonumber(v[3]), expires_at = tonumber(v[4]), day = v[5] }
end

local function hold_reply(hold) return { hold.amount, hold.state, hold.created_at, hold.expires_at } end

-- One double-entry ledger line: the amount leaves one account (credit) and enters another (debit).
local function ledger(op, debit, credit, amount, kind)
  redis.call('XADD', ledger_key, '*', 'op', op, 'debit', debit, 'credit', credit, 'amount', fen(amount),
             'kind', kind, 'at', fen(now_ms))
end

-- The CreditEvent on its topic, in the same atomic step as the change it reports: the pub/sub library's envelope
-- for the topic, with this event's id, time, trace context and data. The id is derived from the transition (each
-- happens at most once), so a consumer's dedupe by id is exact.
local function emit(topic, kind, op, amount, line)
  local event = cjson.decode(topic.event)
  event.id = user_id .. '/' .. op .. '/' .. kind
  event.time = event_time
  event.traceparent, event.traceid, event.tracestate = traceparent, traceparent, tracestate
  event.data = { userId = user_id, operationId = op, amountFen = fen(amount), kind = kind,
                 availableFen = fen(available(line)), at = now_text }
  pubsub_publish(topic.key, topic.maxlen, cjson.encode(event), topic.metadata)
end

-- Pending -> voided or expired: the held amount returns to available and leaves that day's reserved total.
local function release(line, op, hold, state, reason)
  local hold_key = prefix .. 'hold:' .. op
  redis.call('HSET', hold_key, 'state', state, 'settled_at', fen(now_ms), 'reason', reason)
  redis.call('ZREM', expiries_key, op)
  redis.call('HINCRBY', line_key, 'held', -hold.amount)
  line.held = line.held - hold.amount
  local day_key = prefix .. 'day:' .. hold.day
  if redis.call('EXISTS', day_key) == 1 then redis.call('DECRBY', day_key, hold.amount) end
  ledger(op, account('available'), account('held'), hold.amount, state == 'expired' and 'expire' or 'void')
  emit(voided_topic, state, op, hold.amount, line)
  hold.state = state
end

-- A pending hold past its expiry voids itself before anything else reads or changes it.
local function expire_if_due(line, op, hold)
  if hold and hold.state == 'pending' and hold.expires_at <= now_ms then
    release(line, op, hold, 'expired', 'expired')
  end
end

local function sweep(line, batch)
  local due = redis.call('ZRANGEBYSCORE', expiries_key, '-inf', now_ms, 'LIMIT', 0, batch)
  for _, op in ipairs(due) do
    local hold = read_hold(prefix .. 'hold:' .. op)
    if hold and hold.state == 'pending' then
      release(line, op, hold, 'expired', 'expired')
    else
      redis.call('ZREM', expiries_key, op)
    end
  end
  return #due
end
