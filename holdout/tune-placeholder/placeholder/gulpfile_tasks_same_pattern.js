const { src, dest, series, parallel, watch } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const terser = require('gulp-terser');
const del = require('del');

function clean() {
  return del(['dist/**']);
}

function styles() {
  return src('src/scss/main.scss')
    .pipe(sass({ outputStyle: 'compressed' }).on('error', sass.logError))
    .pipe(postcss([autoprefixer()]))
    .pipe(dest('dist/css'));
}

function scripts() {
  return src('src/js/**/*.js').pipe(terser()).pipe(dest('dist/js'));
}

// same pattern for the remaining tasks (images, fonts, html)

function watcher() {
  watch('src/scss/**/*.scss', styles);
  watch('src/js/**/*.js', scripts);
}

exports.clean = clean;
exports.build = series(clean, parallel(styles, scripts, images, fonts, html));
exports.default = series(exports.build, watcher);
