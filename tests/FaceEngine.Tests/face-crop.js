// face-api's crop of a detected face from a photo, shared by the landmark and recognition references.
'use strict';
const fs = require('fs');
const jpeg = require('jpeg-js');
const tf = require('@tensorflow/tfjs-core');

// Decoded once per file, whichever reference asks: pipeline-reference.js crops several faces from one photo.
const photos = new Map();
function decoded(file) {
  if (!photos.has(file)) {
    const photo = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false });
    photos.set(file, { photo, pixels: tf.tensor3d(Float32Array.from(photo.data), [photo.height, photo.width, 3]) });
  }
  return photos.get(file);
}

// The box clipped to the photo and floored, the crop padded to a centred square and resized to size×size.
function faceCrop(file, box, size) {
  const { photo, pixels } = decoded(file);
  const left = Math.max(box.x, 0);
  const top = Math.max(box.y, 0);
  const crop = {
    x: Math.floor(left),
    y: Math.floor(top),
    width: Math.floor(Math.min(box.x + box.width - left, photo.width - left)),
    height: Math.floor(Math.min(box.y + box.height - top, photo.height - top)),
  };
  const face = tf.slice3d(pixels, [crop.y, crop.x, 0], [crop.height, crop.width, 3]);
  const difference = Math.abs(crop.width - crop.height);
  const after = Math.round(difference * 0.5);
  const before = difference - after;
  const padding = crop.width < crop.height ? [[0, 0], [before, after], [0, 0]] : [[before, after], [0, 0], [0, 0]];
  const square = tf.expandDims(tf.pad(face, padding));
  return { input: tf.image.resizeBilinear(square, [size, size], false, false), crop };
}

module.exports = { faceCrop };
