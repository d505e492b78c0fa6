-- POSTs a new signature with a unique email on every request.
-- usage: wrk -s sign.lua URL -- /api/v1/petitions/SLUG/signatures
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
end

function init(args)
  path = args[1]
  counter = 0
  run = tostring(os.time())
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench Signer","email":"bench-%s-%d-%d@example.org","country":"GB","postcode":"SW1A 1AA","consent":true}',
    run, tid, counter)
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end
