<?php
/**
 * Plugin Name: Reading Time
 * Description: Shows an estimated reading time above each post.
 * Version: 1.0.0
 */

if (!defined('ABSPATH')) {
    exit;
}

function rt_reading_time(string $content): int
{
    $words = str_word_count(wp_strip_all_tags($content));
    return max(1, (int) ceil($words / 200));
}

add_filter('the_content', function (string $content): string {
    if (!is_singular('post') || !in_the_loop()) {
        return $content;
    }
    $minutes = rt_reading_time($content);
    $label = sprintf(_n('%d minute read', '%d minutes read', $minutes, 'reading-time'), $minutes);
    return '<p class="reading-time">' . esc_html($label) . '</p>' . $content;
});
