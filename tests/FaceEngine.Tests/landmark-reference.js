// The reference forward pass of face-api's 68-point landmark net, built from TF.js 4.22 ops on the CPU backend with
// the published weights, following the layer order of @vladmandic/face-api's FaceLandmark68Net:
//   node landmark-reference.js MANIFEST INPUT.f32 OUT
// INPUT.f32 holds 112×112×3 little-endian float32 RGB values (0–255). Writes every stage's output to OUT.f32
// (concatenated, in order) and {"layers":[{"name","shape"}]} to OUT.json; the last stage, fc, is the 136 outputs.
//   node landmark-reference.js MANIFEST PHOTO.jpg X Y WIDTH HEIGHT OUT
// decodes the photo with jpeg-js and takes the face in box (X, Y, WIDTH, HEIGHT) as face-api does with an image
// tensor: the box clipped and floored, the crop padded to a centred square and resized to 112 (the first layer,
// "resized"); OUT.json also gets "points": the 68 landmarks in the photo's pixels.
'use strict';
const tf = require('@tensorflow/tfjs-core');
const { faceCrop } = require('./face-crop.js');
const { loadWeights, float32Input, stageRecorder, runAsScript } = require('./reference-io.js');
require('@tensorflow/tfjs-backend-cpu');

const SIZE = 112;
const MEAN_RGB = [122.782, 117.001, 104.298];

function separable(x, w, prefix, stride) {
  const out = tf.separableConv2d(x, w[`${prefix}/depthwise_filter`], w[`${prefix}/pointwise_filter`], stride, 'same');
  return tf.add(out, w[`${prefix}/bias`]);
}

function denseBlock(x, w, prefix, first) {
  const out1 = tf.relu(first
    ? tf.add(tf.conv2d(x, w[`${prefix}/conv0/filters`], [2, 2], 'same'), w[`${prefix}/conv0/bias`])
    : separable(x, w, `${prefix}/conv0`, [2, 2]));
  const out2 = separable(out1, w, `${prefix}/conv1`, [1, 1]);
  const out3 = separable(tf.relu(tf.add(out1, out2)), w, `${prefix}/conv2`, [1, 1]);
  const out4 = separable(tf.relu(tf.add(out1, tf.add(out2, out3))), w, `${prefix}/conv3`, [1, 1]);
  return tf.relu(tf.add(out1, tf.add(out2, tf.add(out3, out4))));
}

const faceInput = (file, box) => faceCrop(file, box, SIZE);

// The 136 outputs (fractions of the padded square) back to photo pixels, as face-api's postProcess and shiftBy do.
function toPhoto(values, crop, box) {
  const scale = SIZE / Math.max(crop.width, crop.height);
  const width = crop.width * scale;
  const height = crop.height * scale;
  const padX = width < height ? Math.abs(width - height) / 2 : 0;
  const padY = height < width ? Math.abs(width - height) / 2 : 0;
  const points = [];
  for (let i = 0; i < 68; i++) {
    const x = (values[2 * i] * SIZE - padX) / width;
    const y = (values[2 * i + 1] * SIZE - padY) / height;
    points.push([x * crop.width + box.x, y * crop.height + box.y]);
  }
  return points;
}

function forward(input, w, record) {
  let x = tf.div(tf.sub(input, tf.tensor1d(MEAN_RGB)), tf.scalar(255));
  record('input', x);
  for (let i = 0; i < 4; i++) {
    x = denseBlock(x, w, `dense${i}`, i === 0);
    record(`dense${i}`, x);
  }
  x = tf.avgPool(x, [7, 7], [2, 2], 'valid');
  record('pool', x);
  const fc = tf.add(tf.matMul(tf.reshape(x, [1, -1]), w['fc/weights']), w['fc/bias']);
  record('fc', tf.reshape(fc, [1, 1, 1, -1]));
  return fc.dataSync();
}

async function main() {
  const args = process.argv.slice(2);
  const [manifestPath, inputPath] = args;
  const output = args[args.length - 1];
  await tf.setBackend('cpu');
  const { record, write } = stageRecorder();
  if (inputPath.endsWith('.jpg')) {
    const [x, y, width, height] = args.slice(2, 6).map(Number);
    const box = { x, y, width, height };
    const { input, crop } = faceInput(inputPath, box);
    record('resized', input);
    write(output, { points: toPhoto(forward(input, loadWeights(manifestPath), record), crop, box) });
  } else {
    forward(float32Input(inputPath, SIZE), loadWeights(manifestPath), record);
    write(output);
  }
}

// Run as a script, or required by pipeline-reference.js for its stages.
runAsScript(module, main);

module.exports = { loadWeights, faceInput, forward, toPhoto };
