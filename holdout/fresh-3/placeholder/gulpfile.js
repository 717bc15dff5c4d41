const { src, dest, series, parallel, watch } = require('gulp');
const del = require('del');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const terser = require('gulp-terser');
const sourcemaps = require('gulp-sourcemaps');
const browserSync = require('browser-sync').create();

const paths = {
  styles: { src: 'src/scss/**/*.scss', dest: 'dist/css' },
  scripts: { src: 'src/js/**/*.js', dest: 'dist/js' },
  html: { src: 'src/**/*.html', dest: 'dist' },
};

function clean() {
  return del(['dist']);
}

function html() {
  return src(paths.html.src).pipe(dest(paths.html.dest)).pipe(browserSync.stream());
}

// `styles` and `scripts` tasks:
// these are the two pipelines you pasted earlier (sass -> postcss -> sourcemaps,
// and terser with sourcemaps). Nothing in them needs to change for the
// BrowserSync setup, so drop your existing functions in right here.

function serve() {
  browserSync.init({ server: { baseDir: 'dist' }, open: false });
  watch(paths.styles.src, styles);
  watch(paths.scripts.src, scripts);
  watch(paths.html.src, html);
}

const build = series(clean, parallel(styles, scripts, html));

exports.clean = clean;
exports.build = build;
exports.default = series(build, serve);
