<?php
/**
 * Plugin Name: Simple Reading Time
 * Description: Shows the estimated reading time above posts.
 * Version: 1.0.0
 */

if (!defined('ABSPATH')) {
    exit;
}

function srt_reading_time($content) {
    if (!is_singular('post') || !in_the_loop()) {
        return $content;
    }
    $words = str_word_count(wp_strip_all_tags($content));
    $minutes = max(1, (int) ceil($words / 220));
    $badge = sprintf('<p class="srt-badge">%d min read</p>', $minutes);
    return $badge . $content;
}
add_filter('the_content', 'srt_reading_time');

add_action('wp_enqueue_scripts', function () {
    wp_enqueue_style('srt', plugins_url('style.css', __FILE__), [], '1.0.