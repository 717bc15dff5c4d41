baseURL = "https://blog.example.org/"
languageCode = "en-us"
title = "Field Notes"
theme = "PaperMod"
paginate = 10

[params]
  author = "Dana Reyes"
  ShowReadingTime = true
  ShowShareButtons = false

[menu]
  [[menu.main]]
    name = "Posts"
    url = "/posts/"
    weight = 1
  [[menu.main]]
    name = "About"
    url = "/about/"
    weight = 2

[markup.goldmark.renderer]
  unsafe = true
