const { src, dest, watch, series, parallel } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const del = require('del');

const paths = {
  styles: 'assets/scss/**/*.scss',
  scripts: 'assets/js/**/*.js',
  images: 'assets/img/**/*',
  out: 'public/build',
};

function clean() {
  return del([paths.out]);
}

function styles() {
  return src(paths.styles, { sourcemaps: true })
    .pipe(sass({ outputStyle: 'compressed' }).on('error', sass.logError))
    .pipe(postcss([autoprefixer()]))
    .pipe(dest(`${paths.out}/css`, { sourcemaps: '.' }));
}

// scripts() and images() tasks: identical pattern to styles(), each with its
// own glob from `paths` and esbuild / imagemin in place of sass

function watchFiles() {
  watch(paths.styles, styles);
  watch(paths.scripts, scripts);
  watch(paths.images, images);
}

exports.clean = clean;
exports.watch = watchFiles;
exports.default = series(clean, parallel(styles, scripts, images));
