resource "aws_lambda_function" "digest" {
  function_name = "weekly-digest"
  role          = aws_iam_role.digest.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = data.archive_file.digest.output_path
  timeout       = 60

  environment {
    variables = {
      TABLE_NAME = aws_dynamodb_table.subscribers.name
    }
  }
}

resource "aws_cloudwatch_event_rule" "weekly" {
  name                = "weekly-digest"
  schedule_expression = "cron(0 8 ? * MON *)"
}
