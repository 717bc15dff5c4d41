#!/usr/bin/env php
<?php

declare(strict_types=1);

$options = getopt('', ['dir:', 'ext::']);
$dir = $options['dir'] ?? getcwd();
$ext = $options['ext'] ?? 'php';

$iterator = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir));
$total = 0;

foreach ($iterator as $file) {
    if ($file->isFile() && $file->getExtension() === $ext) {
        $lines = count(file($file->getPathname()));
        $total += $lines;
        printf("%6d %s\n", $lines, $file->getPathname());
    }
}

echo "Total: {$total} lines\n";
