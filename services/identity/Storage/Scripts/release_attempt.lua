-- Gives back an attempt claimed by begin_attempt.lua whose check could not run at all (a fault on our side, such as
-- a template that cannot be opened): the user is not charged for it. KEYS[1] the limiter hash.
for _, field in ipairs({'failures', 'total'}) do
  if tonumber(redis.call('HGET', KEYS[1], field) or '0') > 0 then redis.call('HINCRBY', KEYS[1], field, -1) end
end
return 1
