-- Consumes a single-use record (a device challenge or a face session): the first take wins, every later one is
-- a replay. The record is kept (with its TTL) after use so a replay is recognised as such.
-- KEYS[1] the record hash; ARGV[1] now in ms.
-- Returns {'missing'} | {'replayed'} | {'expired'} | {'ok', field1, value1, ...}
local fields = redis.call('HGETALL', KEYS[1])
if #fields == 0 then return {'missing'} end
local used, expires = nil, nil
for i = 1, #fields, 2 do
  if fields[i] == 'used' then used = fields[i + 1] end
  if fields[i] == 'expires_ms' then expires = tonumber(fields[i + 1]) end
end
if used == '1' then return {'replayed'} end
redis.call('HSET', KEYS[1], 'used', '1')
if expires <= tonumber(ARGV[1]) then return {'expired'} end
local reply = {'ok'}
for i = 1, #fields do reply[#reply + 1] = fields[i] end
return reply
