// What the TF.js reference scripts share: reading face-api's weights, the raw float32 input file, and recording every
// stage's output for the C# side to compare (OUT.f32: the stages' values concatenated, in order; OUT.json: their
// names and shapes, plus whatever else the script reports).
'use strict';
const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs-core');

// The weights of one manifest, decoded by TF.js itself (shards read in order as one byte sequence).
function loadWeights(manifestPath) {
  const groups = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const weights = {};
  for (const group of groups) {
    const bytes = Buffer.concat(group.paths.map((p) => fs.readFileSync(path.join(path.dirname(manifestPath), p))));
    Object.assign(weights, tf.io.decodeWeights(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), group.weights));
  }
  return weights;
}

// A [1, size, size, 3] tensor from a file of little-endian float32 RGB values.
function float32Input(file, size) {
  const bytes = fs.readFileSync(file);
  return tf.tensor4d(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)), [1, size, size, 3]);
}

function stageRecorder() {
  const layers = [];
  const chunks = [];
  return {
    record: (name, t) => {
      layers.push({ name, shape: t.shape.slice(1) });
      chunks.push(Buffer.from(Float32Array.from(t.dataSync()).buffer));
    },
    write: (output, extra = {}) => {
      fs.writeFileSync(output + '.f32', Buffer.concat(chunks));
      fs.writeFileSync(output + '.json', JSON.stringify({ layers, ...extra }));
    },
  };
}

// Runs main when the file is the script Node was started with (not when another script requires it).
function runAsScript(scriptModule, main) {
  if (require.main !== scriptModule) return;
  main().catch((error) => {
    process.stderr.write(String(error && error.stack || error) + '\n');
    process.exit(1);
  });
}

module.exports = { loadWeights, float32Input, stageRecorder, runAsScript };
