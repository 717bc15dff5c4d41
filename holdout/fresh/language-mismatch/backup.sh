require "fileutils"
require "time"

BACKUP_DIR = ENV.fetch("BACKUP_DIR", "/var/backups/app")
KEEP = 7

FileUtils.mkdir_p(BACKUP_DIR)
stamp = Time.now.utc.strftime("%Y%m%d%H%M%S")
target = File.join(BACKUP_DIR, "app-#{stamp}.sql.gz")

system("pg_dump app | gzip > #{target}") or abort("pg_dump failed")
puts "wrote #{target}"

Dir.glob(File.join(BACKUP_DIR, "app-*.sql.gz")).sort[0...-KEEP].each do |old|
  File.delete(old)
  puts "deleted #{old}"
end
