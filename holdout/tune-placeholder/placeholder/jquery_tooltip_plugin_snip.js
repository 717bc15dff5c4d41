(function ($) {
  'use strict';

  var defaults = {
    placement: 'top',
    delay: 150,
    className: 'tooltip',
  };

  function Tooltip(element, options) {
    this.$el = $(element);
    this.options = $.extend({}, defaults, options);
    this.$tip = null;
    this.timer = null;
    this.bind();
  }

  Tooltip.prototype.bind = function () {
    this.$el.on('mouseenter.tooltip', $.proxy(this.show, this));
    this.$el.on('mouseleave.tooltip', $.proxy(this.hide, this));
  };

  /* snip */

  $.fn.tooltip = function (options) {
    return this.each(function () {
      if (!$.data(this, 'tooltip')) {
        $.data(this, 'tooltip', new Tooltip(this, options));
      }
    });
  };
})(jQuery);
