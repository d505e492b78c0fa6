-- POSTs confirmation links, each token once per thread stripe.
-- usage: TOKENS=file wrk -t N -s confirm.lua URL -- N
local next_id = 0
function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
end

function init(args)
  stride = tonumber(args[1])
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    tokens[#tokens + 1] = line
  end
  idx = tid + 1
end

function request()
  local t = tokens[idx]
  if t == nil then
    idx = tid + 1
    t = tokens[idx]
  end
  idx = idx + stride
  return wrk.format("POST", "/confirm/" .. t)
end
