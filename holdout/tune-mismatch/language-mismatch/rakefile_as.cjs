require "rake/testtask"
require "rubocop/rake_task"

Rake::TestTask.new(:test) do |t|
  t.libs << "test"
  t.libs << "lib"
  t.test_files = FileList["test/**/*_test.rb"]
  t.warning = false
end

RuboCop::RakeTask.new(:lint)

namespace :db do
  desc "Seed the development database"
  task seed: :environment do
    require_relative "db/seeds"
    puts "Seeded #{User.count} users"
  end

  desc "Drop, create and migrate"
  task reset: %i[drop create migrate]
end

task default: %i[lint test]
