const { src, dest, series, watch } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const cleanCss = require('gulp-clean-css');

function styles() {
  return src('src/scss/**/*.scss')
    .pipe(sass().on('error', sass.logError))
    .pipe(cleanCss())
    .pipe(dest('dist/css'));
}

function watcher() {
  watch('src/scss/**/*.scss', styles);
}

<<<<<<< HEAD
exports.default = series(styles);
>>>>>>> feature/watch
exports.watch = series(styles, watcher);
