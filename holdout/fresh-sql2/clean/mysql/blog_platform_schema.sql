-- Blog schema (MySQL 8 / InnoDB). Identifiers are back-quoted because
-- `status` and `order` style names are common in generated code.
CREATE TABLE `authors` (
    `id`         INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `handle`     VARCHAR(40)  NOT NULL,
    `email`      VARCHAR(190) NOT NULL,
    `bio`        TEXT,
    `created_at` DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`),
    UNIQUE KEY `uq_authors_handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `posts` (
    `id`           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `author_id`    INT UNSIGNED    NOT NULL,
    `title`        VARCHAR(200)    NOT NULL,
    `slug`         VARCHAR(220)    NOT NULL,
    `body`         MEDIUMTEXT      NOT NULL,
    `status`       ENUM('draft','published','archived') NOT NULL DEFAULT 'draft',
    `word_count`   INT UNSIGNED AS ((LENGTH(`body`) - LENGTH(REPLACE(`body`, ' ', '')) + 1)) STORED,
    `published_at` DATETIME NULL,
    `updated_at`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`),
    UNIQUE KEY `uq_posts_slug` (`slug`),
    KEY `idx_posts_author_status` (`author_id`, `status`),
    FULLTEXT KEY `ft_posts_title_body` (`title`, `body`),
    CONSTRAINT `fk_posts_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `post_tags` (
    `post_id` BIGINT UNSIGNED NOT NULL,
    `tag`     VARCHAR(50)     NOT NULL,
    PRIMARY KEY (`post_id`, `tag`),
    CONSTRAINT `fk_post_tags_post` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

INSERT INTO `authors` (`handle`, `email`) VALUES ('ada', 'ada@example.com');
INSERT INTO `posts` (`author_id`, `title`, `slug`, `body`, `status`, `published_at`)
VALUES (1, 'Hello', 'hello', 'First post... more soon', 'published', NOW());

SELECT `id`, `title`, MATCH(`title`, `body`) AGAINST ('first post' IN NATURAL LANGUAGE MODE) AS `score`
FROM `posts`
WHERE MATCH(`title`, `body`) AGAINST ('first post' IN NATURAL LANGUAGE MODE);
