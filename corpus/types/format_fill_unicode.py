# Non-ASCII fill characters and text: widths count code points.
print(format(42, "\u00e9>6"), format(-42, "\u00e9=6"), format(42, "\u2605^7"), format(42, "\U0001F600<4"))
print(format(3.5, "\u00b7^11.2f"), format(-3.5, "\u00b7=+11.2f"), format(1234567, "\u2014>14,"))
print(format("\u00fcber", "\u2022^10"), format("\u4e2d", "\u3000>3"), len(format("\u4e2d", "\u3000>3")))
print(format(255, "\u00e9=#12_x"), format(65, "\u00e9^5c"), format(0x4e2d, "c"))
print("{:\u00e9^9}".format("ab"), "{:\u00e9>+9.1e}".format(12.5))
print(f"{'x':\u0394<5}|", f"{7:\u0394>5}|")
