#!/usr/bin/env ruby
require "json"
require "net/http"
require "optparse"

options = { limit: 10 }
OptionParser.new do |opts|
  opts.banner = "Usage: gh_stars.rb [options] USER"
  opts.on("-l", "--limit N", Integer, "How many repos to show") { |n| options[:limit] = n }
end.parse!

user = ARGV.fetch(0) { abort "missing USER" }
uri = URI("https://api.github.com/users/#{user}/repos?per_page=100")
repos = JSON.parse(Net::HTTP.get(uri))

repos.sort_by { |r| -r["stargazers_count"] }.first(options[:limit]).each do |repo|
  puts format("%-40s %6d", repo["name"], repo["stargazers_count"])
end
