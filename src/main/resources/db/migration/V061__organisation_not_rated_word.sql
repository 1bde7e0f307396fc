-- A council's own word for a value it does not rate (Havering 2024/25 prints "Blue" for an
-- indicator with narrative only or no target) and the colour of its tag; none kept means the
-- standard "Not rated" in grey.
alter table organisation
  add column not_rated_word text
    constraint organisation_not_rated_word_check
      check (not_rated_word is null or char_length(btrim(not_rated_word)) between 1 and 30),
  add column not_rated_colour text
    constraint organisation_not_rated_colour_check
      check (not_rated_colour is null
             or not_rated_colour in ('GREY', 'BLUE', 'LIGHT_BLUE', 'PURPLE', 'PINK', 'TURQUOISE'));
