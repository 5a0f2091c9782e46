// The reference reading of a TF.js weights manifest, by TF.js itself (tf.io.decodeWeights on the CPU backend):
//   node weights-reference.js MANIFEST OUT
// writes every weight's values as little-endian float32, in manifest order, to OUT.f32, and
// [{"name":..,"shape":[..],"count":..}, ...] to OUT.json (TF.js prints a banner on stdout, so not there).
'use strict';
const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');

async function main() {
  const [manifestPath, output] = process.argv.slice(2);
  await tf.setBackend('cpu');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const groups = Array.isArray(manifest) ? manifest : manifest.weightsManifest;
  const entries = [];
  const chunks = [];
  for (const group of groups) {
    const shards = group.paths.map((p) => fs.readFileSync(path.join(path.dirname(manifestPath), p)));
    const bytes = Buffer.concat(shards);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    const tensors = tf.io.decodeWeights(buffer, group.weights);
    for (const spec of group.weights) {
      const values = Float32Array.from(tensors[spec.name].dataSync());
      chunks.push(Buffer.from(values.buffer));
      entries.push({ name: spec.name, shape: tensors[spec.name].shape, count: values.length });
    }
  }
  fs.writeFileSync(output + '.f32', Buffer.concat(chunks));
  fs.writeFileSync(output + '.json', JSON.stringify(entries));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
