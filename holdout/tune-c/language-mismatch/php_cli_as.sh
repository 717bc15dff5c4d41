#!/usr/bin/env php
<?php
declare(strict_types=1);

// Prune expired password reset tokens
$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'), [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$stmt = $pdo->prepare('DELETE FROM password_resets WHERE created_at < :cutoff');
$stmt->execute(['cutoff' => date('Y-m-d H:i:s', strtotime('-1 day'))]);

fwrite(STDOUT, sprintf("Deleted %d expired tokens\n", $stmt->rowCount()));
