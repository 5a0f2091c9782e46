'use strict';
// Sends the benchmark request once and checks the answer is exactly the expected gRPC response:
// HTTP 200, the expected message bytes, and grpc-status 0 in the trailers.
// Usage: node verify.js --port N --body body.bin --expect expected.bin
const fs = require('node:fs');
const http2 = require('node:http2');

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0 || index + 1 >= process.argv.length) {
    throw new Error(`missing --${name}`);
  }
  return process.argv[index + 1];
}

const port = Number(option('port'));
const body = fs.readFileSync(option('body'));
const expected = fs.readFileSync(option('expect'));
const session = http2.connect(`http://127.0.0.1:${port}`);
const timer = setTimeout(() => fail('no answer within 15 s'), 15_000);
const chunks = [];
let status = null;
let grpcStatus = null;

function fail(reason) {
  console.error(`verify 127.0.0.1:${port}: ${reason}`);
  process.exit(1);
}

session.on('error', error => fail(error.message));
const stream = session.request({
  ':method': 'POST',
  ':path': '/grpc.testing.TestService/UnaryCall',
  'content-type': 'application/grpc',
  te: 'trailers',
});
stream.on('response', headers => {
  status = headers[':status'];
  grpcStatus = headers['grpc-status'] ?? grpcStatus;
});
stream.on('trailers', trailers => { grpcStatus = trailers['grpc-status'] ?? grpcStatus; });
stream.on('data', chunk => chunks.push(chunk));
stream.on('end', () => {
  clearTimeout(timer);
  session.close();
  const received = Buffer.concat(chunks);
  if (status !== 200) fail(`HTTP status ${status}`);
  if (grpcStatus !== '0') fail(`grpc-status ${grpcStatus}`);
  if (!received.equals(expected)) fail(`response bytes ${received.toString('hex')} differ from ${expected.toString('hex')}`);
});
stream.end(body);
