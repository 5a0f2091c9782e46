'use strict';
// Parses --name=value and --name value flags (the interop spec uses the first form).
function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      throw new Error(`unexpected argument "${arg}"`);
    }
    const equals = arg.indexOf('=');
    if (equals >= 0) {
      options[arg.slice(2, equals)] = arg.slice(equals + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      options[arg.slice(2)] = argv[++i];
    } else {
      options[arg.slice(2)] = 'true';
    }
  }
  return options;
}

function requirePort(options, name) {
  const port = Number(options[name]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--${name} must be a TCP port number, got "${options[name]}"`);
  }
  return port;
}

module.exports = { parseArgs, requirePort };
