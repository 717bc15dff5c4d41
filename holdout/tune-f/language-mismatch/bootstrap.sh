#!/usr/bin/env ruby
require "fileutils"

APP_ROOT = File.expand_path("..", __dir__)

def system!(*args)
  system(*args, exception: true)
end

FileUtils.chdir APP_ROOT do
  puts "== Installing dependencies =="
  system! "gem install bundler --conservative"
  system("bundle check") || system!("bundle install")

  unless File.exist?("config/database.yml")
    FileUtils.cp "config/database.yml.sample", "config/database.yml"
  end

  puts "\n== Preparing database =="
  system! "bin/rails db:prepare"

  puts "\n== Restarting application server =="
  system! "bin/rails restart"
end
