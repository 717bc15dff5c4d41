# Deploy scripts

These scripts deploy the application to the staging and production servers.

## Requirements

You need SSH access to the servers and the deploy key in your agent.

## Usage

Run the deploy script with the name of the environment as its only argument.
