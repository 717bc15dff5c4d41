#!/usr/bin/env ruby
# frozen_string_literal: true

require "csv"
require "json"

input = ARGV.fetch(0) { abort "usage: #{$PROGRAM_NAME} contacts.csv" }

contacts = CSV.foreach(input, headers: true).map do |row|
  {
    name: row["Name"].to_s.strip,
    email: row["Email"].to_s.downcase,
    tags: row["Tags"].to_s.split(";").map(&:strip).reject(&:empty?)
  }
end

dupes = contacts.group_by { |c| c[:email] }.select { |_, v| v.size > 1 }
warn "#{dupes.size} duplicate emails" unless dupes.empty?

puts JSON.pretty_generate(contacts.uniq { |c| c[:email] })
