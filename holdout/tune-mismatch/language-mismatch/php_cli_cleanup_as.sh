#!/usr/bin/env php
<?php
declare(strict_types=1);

// Remove expired sessions from the database.
$dsn = getenv('DB_DSN') ?: 'mysql:host=127.0.0.1;dbname=app';
$pdo = new PDO($dsn, getenv('DB_USER') ?: 'root', getenv('DB_PASS') ?: '', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$ttl = (int) ($argv[1] ?? 86400);
$stmt = $pdo->prepare('DELETE FROM sessions WHERE last_activity < :cutoff');
$stmt->execute(['cutoff' => time() - $ttl]);

fprintf(STDOUT, "Deleted %d expired sessions\n", $stmt->rowCount());
exit(0);
