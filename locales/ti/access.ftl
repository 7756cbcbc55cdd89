# Tigrinya (ti): MACHINE DRAFT by an AI model, 2026-11-22 (19 messages added 2026-12-02;
# access-account-enrol rewritten 2026-12-02; 4 more added 2026-12-02).
# Not reviewed by a native speaker. Do not use with children before review. See
# locales/ti/STATUS.md.

# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.

role-caseworker = ማሕበራዊ ሰራሕተኛ
role-guardian = ሞግዚት
role-legal-representative = ጠበቓ
role-supervisor = ተቖጻጻሪ
role-admin = ኣመሓዳሪ
role-complaint-handler = ተቐባሊ ጥርዓን
role-child = ቆልዓ
role-family = ኣባል ስድራ

access-case-create = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ከፊቶም።
        [masculine] { $name } ፋይልካ ከፊቶም።
       *[neutral] { $name } ፋይልኩም ከፊቶም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ከፊቶም።
        [masculine] { $name } ({ $role }) ጉዳይካ ከፊቶም።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ከፊቶም።
    }
   *[adult] { $name } ({ $role }) ነቲ ጉዳይ ከፊቶም።
}
access-case-view = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ርእዮም።
        [masculine] { $name } ፋይልካ ርእዮም።
       *[neutral] { $name } ፋይልኩም ርእዮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ርእዮም።
        [masculine] { $name } ({ $role }) ጉዳይካ ርእዮም።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ርእዮም።
    }
   *[adult] { $name } ({ $role }) ነቲ ጉዳይ ርእዮም።
}
access-case-members-view = { $band ->
    [young] { $gender ->
        [feminine] { $name } መን ከም ዝሕግዘኪ ርእዮም።
        [masculine] { $name } መን ከም ዝሕግዘካ ርእዮም።
       *[neutral] { $name } መን ከም ዝሕግዘኩም ርእዮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ዝርዝር እቶም ኣብ ጉዳይኪ ዘለዉ ሰባት ርእዮም።
        [masculine] { $name } ({ $role }) ዝርዝር እቶም ኣብ ጉዳይካ ዘለዉ ሰባት ርእዮም።
       *[neutral] { $name } ({ $role }) ዝርዝር እቶም ኣብ ጉዳይኩም ዘለዉ ሰባት ርእዮም።
    }
   *[adult] { $name } ({ $role }) ኣብቲ ጉዳይ ዘለዉ ሰባት ርእዮም።
}
access-case-invite = { $band ->
    [young] { $name } ሓድሽ ሰብ ክጽንበር ዓዲሞም።
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ሓደ ሰብ ናብ ጉዳይኪ ዓዲሞም።
        [masculine] { $name } ({ $role }) ሓደ ሰብ ናብ ጉዳይካ ዓዲሞም።
       *[neutral] { $name } ({ $role }) ሓደ ሰብ ናብ ጉዳይኩም ዓዲሞም።
    }
   *[adult] { $name } ({ $role }) ሓደ ሰብ ናብቲ ጉዳይ ዓዲሞም።
}
access-case-staff-assign = { $band ->
    [young] { $name } ሓድሽ ሓጋዚ ክጽንበር ሓቲቶም።
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ሓደ ሰራሕተኛ ናብ ጉዳይኪ ወሲኾም።
        [masculine] { $name } ({ $role }) ሓደ ሰራሕተኛ ናብ ጉዳይካ ወሲኾም።
       *[neutral] { $name } ({ $role }) ሓደ ሰራሕተኛ ናብ ጉዳይኩም ወሲኾም።
    }
   *[adult] { $name } ({ $role }) ሓደ ሰራሕተኛ ናብቲ ጉዳይ መዲቦም።
}
access-case-stage-change = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ናብ ዝቕጽል ስጉምቲ ኣሰጋጊሮም።
        [masculine] { $name } ፋይልካ ናብ ዝቕጽል ስጉምቲ ኣሰጋጊሮም።
       *[neutral] { $name } ፋይልኩም ናብ ዝቕጽል ስጉምቲ ኣሰጋጊሮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ዘለዎ ደረጃ ቀይሮም።
        [masculine] { $name } ({ $role }) ጉዳይካ ዘለዎ ደረጃ ቀይሮም።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ዘለዎ ደረጃ ቀይሮም።
    }
   *[adult] { $name } ({ $role }) ደረጃ እቲ ጉዳይ ቀይሮም።
}
access-case-contact-rules-view = { $band ->
    [young] { $gender ->
        [feminine] { $name } መን ምሳኺ ክዛረብ ከም ዝኽእል ርእዮም።
        [masculine] { $name } መን ምሳኻ ክዛረብ ከም ዝኽእል ርእዮም።
       *[neutral] { $name } መን ምሳኹም ክዛረብ ከም ዝኽእል ርእዮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) መን ምሳኺ ክራኸብ ከም ዝፍቀዶ ርእዮም።
        [masculine] { $name } ({ $role }) መን ምሳኻ ክራኸብ ከም ዝፍቀዶ ርእዮም።
       *[neutral] { $name } ({ $role }) መን ምሳኹም ክራኸብ ከም ዝፍቀዶ ርእዮም።
    }
   *[adult] { $name } ({ $role }) ሕግታት ርክብ ርእዮም።
}
access-case-contact-rule-set = { $band ->
    [young] { $gender ->
        [feminine] { $name } መን ምሳኺ ክዛረብ ከም ዝኽእል ቀይሮም።
        [masculine] { $name } መን ምሳኻ ክዛረብ ከም ዝኽእል ቀይሮም።
       *[neutral] { $name } መን ምሳኹም ክዛረብ ከም ዝኽእል ቀይሮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) መን ምሳኺ ክራኸብ ከም ዝፍቀዶ ቀይሮም።
        [masculine] { $name } ({ $role }) መን ምሳኻ ክራኸብ ከም ዝፍቀዶ ቀይሮም።
       *[neutral] { $name } ({ $role }) መን ምሳኹም ክራኸብ ከም ዝፍቀዶ ቀይሮም።
    }
   *[adult] { $name } ({ $role }) ሓደ ሕጊ ርክብ ቀይሮም።
}
access-case-link = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ምስ ናይ ሓውኪ ወይ ሓፍትኪ ኣራኺቦም።
        [masculine] { $name } ፋይልካ ምስ ናይ ሓውካ ወይ ሓፍትካ ኣራኺቦም።
       *[neutral] { $name } ፋይልኩም ምስ ናይ ሓውኩም ወይ ሓፍትኩም ኣራኺቦም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ምስ ጉዳይ ሓውኪ ወይ ሓፍትኪ ኣተኣሳሲሮም።
        [masculine] { $name } ({ $role }) ጉዳይካ ምስ ጉዳይ ሓውካ ወይ ሓፍትካ ኣተኣሳሲሮም።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ምስ ጉዳይ ሓውኩም ወይ ሓፍትኩም ኣተኣሳሲሮም።
    }
   *[adult] { $name } ({ $role }) ነቲ ጉዳይ ምስ ጉዳይ ሓው ወይ ሓፍቲ ኣተኣሳሲሮም።
}
access-case-member-code-reissue = { $band ->
    [young] { $name } ንሓደ ተሌፎን ሓድሽ ኮድ ሰሪሖም።
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ኣብ ጉዳይኪ ንዘሎ ሓደ ሰብ ሓድሽ ኮድ መእተዊ ሰሪሖም።
        [masculine] { $name } ({ $role }) ኣብ ጉዳይካ ንዘሎ ሓደ ሰብ ሓድሽ ኮድ መእተዊ ሰሪሖም።
       *[neutral] { $name } ({ $role }) ኣብ ጉዳይኩም ንዘሎ ሓደ ሰብ ሓድሽ ኮድ መእተዊ ሰሪሖም።
    }
   *[adult] { $name } ({ $role }) ንሓደ ኣባል ሓድሽ ኮድ ምዝገባ ሂቦም።
}
access-case-access-log-view = { $band ->
    [young] { $name } ነዚ ዝርዝር ርእዮም።
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ነዚ መን ጉዳይኪ ከም ዝረኣየ ዘርኢ ዝርዝር ርእዮም።
        [masculine] { $name } ({ $role }) ነዚ መን ጉዳይካ ከም ዝረኣየ ዘርኢ ዝርዝር ርእዮም።
       *[neutral] { $name } ({ $role }) ነዚ መን ጉዳይኩም ከም ዝረኣየ ዘርኢ ዝርዝር ርእዮም።
    }
   *[adult] { $name } ({ $role }) ነዚ መዝገብ ምርኣይ እቲ ጉዳይ ርእዮም።
}
access-case-export = { $band ->
    [young] { $gender ->
        [feminine] { $name } ቅዳሕ ፋይልኪ ሰሪሖም።
        [masculine] { $name } ቅዳሕ ፋይልካ ሰሪሖም።
       *[neutral] { $name } ቅዳሕ ፋይልኩም ሰሪሖም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ንምልኣኽ ቅዳሕ ጉዳይኪ ሰሪሖም።
        [masculine] { $name } ({ $role }) ንምልኣኽ ቅዳሕ ጉዳይካ ሰሪሖም።
       *[neutral] { $name } ({ $role }) ንምልኣኽ ቅዳሕ ጉዳይኩም ሰሪሖም።
    }
   *[adult] { $name } ({ $role }) ቅዳሕ እቲ ጉዳይ ኣውጺኦም።
}
access-case-status-view = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ኣበይ ከም ዘሎ ርእዮም።
        [masculine] { $name } ፋይልካ ኣበይ ከም ዘሎ ርእዮም።
       *[neutral] { $name } ፋይልኩም ኣበይ ከም ዘሎ ርእዮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ዘለዎ ደረጃ ርእዮም።
        [masculine] { $name } ({ $role }) ጉዳይካ ዘለዎ ደረጃ ርእዮም።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ዘለዎ ደረጃ ርእዮም።
    }
   *[adult] { $name } ({ $role }) ኩነታት እቲ ጉዳይ ርእዮም።
}
access-case-stage-correct = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ዘለዎ ስጉምቲ ኣስተኻኺሎም።
        [masculine] { $name } ፋይልካ ዘለዎ ስጉምቲ ኣስተኻኺሎም።
       *[neutral] { $name } ፋይልኩም ዘለዎ ስጉምቲ ኣስተኻኺሎም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ዘለዎ ደረጃ ኣስተኻኺሎም።
        [masculine] { $name } ({ $role }) ጉዳይካ ዘለዎ ደረጃ ኣስተኻኺሎም።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ዘለዎ ደረጃ ኣስተኻኺሎም።
    }
   *[adult] { $name } ({ $role }) ደረጃ እቲ ጉዳይ ኣስተኻኺሎም።
}
access-case-stage-correct-propose = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ዘለዎ ስጉምቲ ክስተኻኸል ሓቲቶም። ቅድም ካልእ ሰብ ክሰማማዕ ኣለዎ።
        [masculine] { $name } ፋይልካ ዘለዎ ስጉምቲ ክስተኻኸል ሓቲቶም። ቅድም ካልእ ሰብ ክሰማማዕ ኣለዎ።
       *[neutral] { $name } ፋይልኩም ዘለዎ ስጉምቲ ክስተኻኸል ሓቲቶም። ቅድም ካልእ ሰብ ክሰማማዕ ኣለዎ።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ዘለዎ ደረጃ ክስተኻኸል ሓቲቶም። ቅድም ካልኣይ ተቖጻጻሪ ክሰማማዕ ኣለዎ።
        [masculine] { $name } ({ $role }) ጉዳይካ ዘለዎ ደረጃ ክስተኻኸል ሓቲቶም። ቅድም ካልኣይ ተቖጻጻሪ ክሰማማዕ ኣለዎ።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ዘለዎ ደረጃ ክስተኻኸል ሓቲቶም። ቅድም ካልኣይ ተቖጻጻሪ ክሰማማዕ ኣለዎ።
    }
   *[adult] { $name } ({ $role }) ደረጃ እቲ ጉዳይ ክስተኻኸል ሓሳብ ኣቕሪቦም፤ ካልኣይ ተቖጻጻሪ ከጽድቖ ኣለዎ።
}
access-case-stage-correct-withdraw = { $band ->
    [young] { $gender ->
        [feminine] ፋይልኪ ዘለዎ ስጉምቲ ንምስትኽኻል ዝቐረበ ሕቶ ጠጠው ኢሉ። ዝተቐየረ ነገር የለን።
        [masculine] ፋይልካ ዘለዎ ስጉምቲ ንምስትኽኻል ዝቐረበ ሕቶ ጠጠው ኢሉ። ዝተቐየረ ነገር የለን።
       *[neutral] ፋይልኩም ዘለዎ ስጉምቲ ንምስትኽኻል ዝቐረበ ሕቶ ጠጠው ኢሉ። ዝተቐየረ ነገር የለን።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ዘለዎ ደረጃ ንምስትኽኻል ዝቐረበ ሕቶ ዓጽዮም። ዝተቐየረ ነገር የለን።
        [masculine] { $name } ({ $role }) ጉዳይካ ዘለዎ ደረጃ ንምስትኽኻል ዝቐረበ ሕቶ ዓጽዮም። ዝተቐየረ ነገር የለን።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ዘለዎ ደረጃ ንምስትኽኻል ዝቐረበ ሕቶ ዓጽዮም። ዝተቐየረ ነገር የለን።
    }
   *[adult] { $name } ({ $role }) ደረጃ ንምስትኽኻል ዝቐረበ ሓሳብ ዓጽዮም። ደረጃ እቲ ጉዳይ ኣይተቐየረን።
}
access-stage-corrections-list = { $band ->
    [young] { $name } ዝርዝር እቶም ክስተኻኸሉ ዝጽበዩ ዘለዉ ስጉምትታት ርእዮም።
    [child] { $name } ({ $role }) ዝርዝር እቶም ንምጽዳቕ ዝጽበዩ ዘለዉ ምስትኽኻላት ርእዮም።
   *[adult] { $name } ({ $role }) እቶም ንምጽዳቕ ዝጽበዩ ዘለዉ ምስትኽኻላት ደረጃ ርእዮም።
}
access-case-access-refused = { $band ->
    [young] { $gender ->
        [feminine] { $name } ፋይልኪ ክኸፍቱ ፈቲኖም። ኣይተፈቕደሎምን፡ ስለዚ ዝረኣይዎ ነገር የለን።
        [masculine] { $name } ፋይልካ ክኸፍቱ ፈቲኖም። ኣይተፈቕደሎምን፡ ስለዚ ዝረኣይዎ ነገር የለን።
       *[neutral] { $name } ፋይልኩም ክኸፍቱ ፈቲኖም። ኣይተፈቕደሎምን፡ ስለዚ ዝረኣይዎ ነገር የለን።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ጉዳይኪ ክኸፍቱ ፈቲኖም፡ ግን ኣይተፈቕደሎምን። ዝረኣይዎ ነገር የለን።
        [masculine] { $name } ({ $role }) ጉዳይካ ክኸፍቱ ፈቲኖም፡ ግን ኣይተፈቕደሎምን። ዝረኣይዎ ነገር የለን።
       *[neutral] { $name } ({ $role }) ጉዳይኩም ክኸፍቱ ፈቲኖም፡ ግን ኣይተፈቕደሎምን። ዝረኣይዎ ነገር የለን።
    }
   *[adult] { $name } ({ $role }) ሓበሬታ እቲ ጉዳይ ክረኽቡ ፈቲኖም፡ ግን ተኣሊዮም። ዝተረኣየ ወይ ዝተቐየረ ነገር የለን።
}
access-case-member-remove = { $band ->
    [young] { $gender ->
        [feminine] { $name } ሓደ ሰብ ካብ ፋይልኪ ኣውጺኦም።
        [masculine] { $name } ሓደ ሰብ ካብ ፋይልካ ኣውጺኦም።
       *[neutral] { $name } ሓደ ሰብ ካብ ፋይልኩም ኣውጺኦም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ሓደ ሰብ ካብ ጉዳይኪ ኣውጺኦም።
        [masculine] { $name } ({ $role }) ሓደ ሰብ ካብ ጉዳይካ ኣውጺኦም።
       *[neutral] { $name } ({ $role }) ሓደ ሰብ ካብ ጉዳይኩም ኣውጺኦም።
    }
   *[adult] { $name } ({ $role }) ሓደ ሰብ ካብቲ ጉዳይ ኣልጊሶም።
}
access-cases-list = { $band ->
    [young] { $name } ዝርዝር ፋይላቶም ርእዮም።
    [child] { $name } ({ $role }) ዝርዝር ጉዳያቶም ርእዮም።
   *[adult] { $name } ({ $role }) ጉዳያቶም ዘርዚሮም።
}
access-metrics-stages-view = { $band ->
    [young] { $name } ብዛዕባ ብዙሓት ፋይላት ቁጽርታት ርእዮም።
    [child] { $name } ({ $role }) ብዘይ ኣስማት፡ ብዛዕባ ኩሎም ጉዳያት ቁጽርታት ርእዮም።
   *[adult] { $name } ({ $role }) ኣሃዛት ደረጃታት ናይ ኩሎም ጉዳያት ርእዮም።
}
access-staff-create = { $band ->
    [young] { $name } ሓድሽ ሓጋዚ ወሲኾም።
    [child] { $name } ({ $role }) ንሓደ ሰራሕተኛ ኣካውንት ሰሪሖም።
   *[adult] { $name } ({ $role }) ኣካውንት ሰራሕተኛ ፈጢሮም።
}
access-staff-code-reissue = { $band ->
    [young] { $name } ንተሌፎን ሓደ ሓጋዚ ሓድሽ ኮድ ሰሪሖም።
    [child] { $name } ({ $role }) ንሓደ ሰራሕተኛ ሓድሽ ኮድ መእተዊ ሰሪሖም።
   *[adult] { $name } ({ $role }) ንሓደ ኣካውንት ሰራሕተኛ ሓድሽ ኮድ ምዝገባ ሂቦም።
}
access-staff-supervisor-set = { $band ->
    [young] { $name } ሓለቓ ሓደ ሓጋዚ መን ምዃኑ ጽሒፎም።
    [child] { $name } ({ $role }) ንሓደ ሰራሕተኛ ተቖጻጻሪ መዝጊቦም።
   *[adult] { $name } ({ $role }) ንሓደ ኣካውንት ሰራሕተኛ ተቖጻጻሪ መዝጊቦም።
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] { $gender ->
            [feminine] ኣብ ኣካውንትኪ ሓድሽ ተሌፎን ተወሲኹ። ነቲ ኮድ { $name } ሂቦም።
            [masculine] ኣብ ኣካውንትካ ሓድሽ ተሌፎን ተወሲኹ። ነቲ ኮድ { $name } ሂቦም።
           *[neutral] ኣብ ኣካውንትኩም ሓድሽ ተሌፎን ተወሲኹ። ነቲ ኮድ { $name } ሂቦም።
        }
        [child] { $gender ->
            [feminine] { $name } ({ $role }) ብዝሃብዎ ኮድ ኣብ ኣካውንትኪ ሓድሽ ተሌፎን ተወሲኹ።
            [masculine] { $name } ({ $role }) ብዝሃብዎ ኮድ ኣብ ኣካውንትካ ሓድሽ ተሌፎን ተወሲኹ።
           *[neutral] { $name } ({ $role }) ብዝሃብዎ ኮድ ኣብ ኣካውንትኩም ሓድሽ ተሌፎን ተወሲኹ።
        }
       *[adult] { $name } ({ $role }) ብዝሃብዎ ኮድ ምዝገባ ኣብ ኣካውንትኩም ሓድሽ መሳርሒ ተመዝጊቡ።
    }
    [child] { $band ->
        [young] ኣብ ኣካውንት እቲ ቆልዓ ሓድሽ ተሌፎን ተወሲኹ። ነቲ ኮድ { $name } ሂቦም።
        [child] { $name } ({ $role }) ብዝሃብዎ ኮድ ኣብ ኣካውንት እቲ ቆልዓ ሓድሽ ተሌፎን ተወሲኹ።
       *[adult] { $name } ({ $role }) ብዝሃብዎ ኮድ ምዝገባ ኣብ ኣካውንት እቲ ቆልዓ ሓድሽ መሳርሒ ተመዝጊቡ።
    }
   *[other] { $band ->
        [young] ኣብዚ ፋይል ንዘሎ ሓደ ሰብ ሓድሽ ተሌፎን ተወሲኹሉ። ነቲ ኮድ { $name } ሂቦም።
        [child] { $name } ({ $role }) ብዝሃብዎ ኮድ ኣብዚ ጉዳይ ንዘሎ ሓደ ሰብ ሓድሽ ተሌፎን ተወሲኹሉ።
       *[adult] { $name } ({ $role }) ብዝሃብዎ ኮድ ምዝገባ ንሓደ ኣባል እቲ ጉዳይ ሓድሽ መሳርሒ ተመዝጊቡሉ።
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } እቲ ኣፕ ዝዛረቦም ቋንቋ ቀይሮም።
    [child] { $name } ({ $role }) ናይ ቋንቋ ምርጫኦም ቀይሮም።
   *[adult] { $name } ({ $role }) ናይ ቋንቋ ምርጫታቶም ኣሐዲሶም።
}
access-account-export = { $band ->
    [young] { $name } ቅዳሕ ናይ ገዛእ ርእሶም ሓበሬታ ሰሪሖም።
    [child] { $name } ({ $role }) ቅዳሕ ናይ ገዛእ ርእሶም ሓበሬታ ኣውሪዶም።
   *[adult] { $name } ({ $role }) ናይ ገዛእ ርእሶም ዳታ ኣውጺኦም።
}
access-devices-list = { $band ->
    [young] { $name } ተሌፎናት ሓደ ኣካውንት ርእዮም።
    [child] { $name } ({ $role }) ሓደ ኣካውንት ኣየኖት ተሌፎናት ከም ዝጥቀም ርእዮም።
   *[adult] { $name } ({ $role }) መሳርሒታት ሓደ ኣካውንት ዘርዚሮም።
}
access-device-revoke = { $band ->
    [young] { $name } ርክብ ሓደ ተሌፎን ኣቋሪጾም።
    [child] { $name } ({ $role }) ሓደ ተሌፎን ካብ ሓደ ኣካውንት ኣውጺኦም።
   *[adult] { $name } ({ $role }) ፍቓድ ሓደ መሳርሒ ሰሪዞም።
}
access-keys-upload = { $band ->
    [young] { $name } ሓደ ተሌፎን ንብሕታዊ መልእኽትታት ኣዳልዮም።
    [child] { $name } ({ $role }) ንብሕታዊ መልእኽትታት ሓደስቲ መፍትሕታት ኣካፊሎም።
   *[adult] { $name } ({ $role }) ሓደስቲ መፍትሕታት ምምስጣር ሰዲዶም።
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } ብሕታዊ መልእኽቲ ንምልኣኽ ተዳልዮም።
    [child] { $name } ({ $role }) ብሕታዊ ዝርርብ ንምጅማር መፍትሕታት ወሲዶም።
   *[adult] { $name } ({ $role }) ዝርርብ ንምጅማር መፍትሕታት ምምስጣር ኣምጺኦም።
}
access-sealed-access-key-set = { $band ->
    [young] { $name } ንብሕታዊ መልእኽትታት ሓድሽ መፍትሕ ሰሪሖም።
    [child] { $name } ({ $role }) ንብሕታዊ መልእኽትታት ሓድሽ መፍትሕ ኣቐሚጦም።
   *[adult] { $name } ({ $role }) ንሕቡእ ሰዳዲ (sealed sender) ሓድሽ መፍትሕ መእተዊ ኣቐሚጦም።
}
access-audit-verify = { $band ->
    [young] { $name } እቲ መን እንታይ ከም ዝገበረ ዘርኢ ዝርዝር ውሑስ ምዃኑ ረጋጊጾም።
    [child] { $name } ({ $role }) እቲ መን እንታይ ከም ዝገበረ ዘርኢ መዝገብ ከም ዘይተቐየረ ረጋጊጾም።
   *[adult] { $name } ({ $role }) መዝገብ ኦዲት ኣረጋጊጾም።
}
access-retention-run = { $band ->
    [young] ኣረጊት ሓበሬታ፡ ከምቲ ሕግታት ዝብልዎ፡ ተደምሲሱ።
    [child] ኣረጊት ሓበሬታ፡ ከምቲ ሕግታት ዝብልዎ፡ ተደምሲሱ።
   *[adult] ስራሕ ምዕቃብ ዳታ፡ ግዜኡ ዝወድአ ዳታ ደምሲሱ።
}
access-retention-dry-run = { $band ->
    [young] ሓደ ሰብ ኣየናይ ኣረጊት ሓበሬታ ክድምሰስ ከም ዝኽእል ፈቲሹ። ዝተደምሰሰ ነገር የለን።
    [child] ሓደ ሰብ ኣየናይ ኣረጊት ሓበሬታ ክድምሰስ ከም ዝኽእል ፈቲሹ። ዝተደምሰሰ ነገር የለን።
   *[adult] ፈተነ ስራሕ ምዕቃብ ዳታ፡ ክድምሰስ ዝግብኦ ዳታ ቖጺሩ። ዝተደምሰሰ ነገር የለን።
}
access-server-start = { $band ->
    [young] ኮምፒተር ናይ Kinbridge ተወሊዑ።
    [child] ሰርቨር ናይ Kinbridge ጀሚሩ።
   *[adult] እቲ ሰርቨር ጀሚሩ።
}
access-other = { $band ->
    [young] { $gender ->
        [feminine] { $name } ኣብ ፋይልኪ ሓደ ነገር ገይሮም።
        [masculine] { $name } ኣብ ፋይልካ ሓደ ነገር ገይሮም።
       *[neutral] { $name } ኣብ ፋይልኩም ሓደ ነገር ገይሮም።
    }
    [child] { $gender ->
        [feminine] { $name } ({ $role }) ኣብ ጉዳይኪ ሓደ ነገር ገይሮም።
        [masculine] { $name } ({ $role }) ኣብ ጉዳይካ ሓደ ነገር ገይሮም።
       *[neutral] { $name } ({ $role }) ኣብ ጉዳይኩም ሓደ ነገር ገይሮም።
    }
   *[adult] { $name } ({ $role }) ኣብቲ ጉዳይ ስጉምቲ ወሲዶም።
}
access-someone = ሓደ ካብቲ ጉጅለ
access-consent-age-set = { $band ->
    [young] { $name } ዕድመኹም ጽሒፎም።
    [child] { $name } ({ $role }) ዕድመኹም መዝጊቦም።
   *[adult] { $name } ({ $role }) ዕድመ እቲ ቆልዓ መዝጊቦም።
}
access-consent-decide = { $band ->
    [young] { $name } ብዛዕባኹም ንዝቐረበ ሕቶ እወ ወይ ኣይፋል ኢሎም።
    [child] { $name } ({ $role }) ንሓደ ሕቶ ፍቓድ እወ ወይ ኣይፋል ዝብል መልሲ መዝጊቦም።
   *[adult] { $name } ({ $role }) ውሳነ ፍቓድ መዝጊቦም።
}
access-consent-withdraw = { $band ->
    [young] { $name } ንሓደ ቅድሚኡ ዝተሰማምዑሉ ነገር «ደው ይበል» ኢሎም።
    [child] { $name } ({ $role }) ሓደ ፍቓድ ስሒቦም።
   *[adult] { $name } ({ $role }) ሓደ ፍቓድ ስሒቦም።
}
access-consent-list = { $band ->
    [young] { $name } ብዛዕባኹም ዝተሰማምዑሉ ነገራት ርእዮም።
    [child] { $name } ({ $role }) ፍቓዳትኩም ርእዮም።
   *[adult] { $name } ({ $role }) እቶም ፍቓዳት ርእዮም።
}
access-consent-override-request = { $band ->
    [young] { $name } ምእንቲ ድሕንነትኩም፡ «እወ» ከይተባህለ ንቕድሚት ክኸዱ ሓቲቶም።
    [child] { $name } ({ $role }) ምእንቲ ድሕንነትኩም፡ ብዘይ ፍቓድ ንቕድሚት ክኸዱ ሓቲቶም።
   *[adult] { $name } ({ $role }) ንዝበለጸ ረብሓ እቲ ቆልዓ፡ ሓደ ውሳነ ፍቓድ ክስገር ሓቲቶም።
}
access-consent-override-approve = { $band ->
    [young] { $name } ምእንቲ ድሕንነትኩም፡ «እወ» ከይተባህለ ንቕድሚት ምኻድ ተሰማሚዖም።
    [child] { $name } ({ $role }) ምእንቲ ድሕንነትኩም፡ ብዘይ ፍቓድ ንቕድሚት ምኻድ ኣጽዲቖም።
   *[adult] { $name } ({ $role }) ሓደ ውሳነ ፍቓድ ንምስጋር ዝቐረበ ሕቶ ኣጽዲቖም።
}
access-consent-request = { $band ->
    [young] { $name } ብሓደ ነገር ትሰማምዑ እንተ ኾንኩም ሓቲቶም።
    [child] { $name } ({ $role }) ፍቓድኩም ሓቲቶም።
   *[adult] { $name } ({ $role }) ሓደ ፍቓድ ሓቲቶም።
}
access-view-request = { $band ->
    [young] { $name } እንታይ ከም እትሓስቡ ሓቲቶም።
    [child] { $name } ({ $role }) ብዛዕባ ሓደ ውሳነ ርእይቶኹም ሓቲቶም።
   *[adult] { $name } ({ $role }) ብዛዕባ ሓደ ውሳነ ርእይቶ እቲ ቆልዓ ሓቲቶም።
}
access-view-give = { $band ->
    [young] { $name } እንታይ ከም ዝሓስቡ ነጊሮም።
    [child] { $name } ({ $role }) ብዛዕባ ሓደ ውሳነ ርእይቶኦም ሂቦም።
   *[adult] { $name } ({ $role }) ብዛዕባ ሓደ ውሳነ ርእይቶ ሂቦም።
}
access-views-list = { $band ->
    [young] { $name } ርእይቶ ዝሃቡ ሰባት ርእዮም።
    [child] { $name } ({ $role }) ናይ መን ርእይቶ ከም ዝተዋህበ ርእዮም።
   *[adult] { $name } ({ $role }) ኣየኖት ርእይቶታት ከም ዝተሓተቱን ከም ዝተዋህቡን ርእዮም።
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } ጥርዓን ኣቕሪቦም።
    [child] { $name } ({ $role }) ጥርዓን ኣቕሪቦም።
   *[adult] { $name } ({ $role })፦ ሓደ ጥርዓን ቀሪቡ።
}
access-complaint-read = { $band ->
    [young] { $name } ሓደ ጥርዓን ብቑጽሪ ቅብሊቱ ኣንቢቦም።
    [child] { $name } ({ $role }) ሓደ ጥርዓን ብቑጽሪ ቅብሊቱ ኣንቢቦም።
   *[adult] { $name } ({ $role })፦ ሓደ ጥርዓን ብቑጽሪ ቅብሊቱ ተነቢቡ።
}
access-complaint-follow-up = { $band ->
    [young] { $name } ብቑጽሪ ቅብሊቱ ኣብ ሓደ ጥርዓን ሓደ ነገር ወሲኾም።
    [child] { $name } ({ $role }) ብቑጽሪ ቅብሊቱ ኣብ ሓደ ጥርዓን ሓደ ነገር ወሲኾም።
   *[adult] { $name } ({ $role })፦ ብቑጽሪ ቅብሊቱ ኣብ ሓደ ጥርዓን ሓበሬታ ተወሲኹ።
}
access-complaints-list = { $band ->
    [young] { $name } ዝርዝር ጥርዓናት ርእዮም።
    [child] { $name } ({ $role }) ዝርዝር ጥርዓናት ርእዮም።
   *[adult] { $name } ({ $role }) መስርዕ ጥርዓናት ርእዮም።
}
access-complaint-view = { $band ->
    [young] { $name } ሓደ ጥርዓን ርእዮም።
    [child] { $name } ({ $role }) ሓደ ጥርዓን ከፊቶም።
   *[adult] { $name } ({ $role }) ሓደ ጥርዓን ከፊቶም።
}
access-complaint-acknowledge = { $band ->
    [young] { $name } ሓደ ጥርዓን ከም ዘንበቡ ነጊሮም።
    [child] { $name } ({ $role }) ምብጻሕ ሓደ ጥርዓን ኣረጋጊጾም።
   *[adult] { $name } ({ $role }) ምብጻሕ ሓደ ጥርዓን ኣረጋጊጾም።
}
access-complaint-status-change = { $band ->
    [young] { $name } ሓደ ጥርዓን ኣበይ ከም ዘሎ ቀይሮም።
    [child] { $name } ({ $role }) ኩነታት ሓደ ጥርዓን ቀይሮም።
   *[adult] { $name } ({ $role }) ኩነታት ሓደ ጥርዓን ቀይሮም።
}
access-complaint-reply = { $band ->
    [young] { $name } ብዛዕባ ሓደ ጥርዓን ጽሒፎም።
    [child] { $name } ({ $role }) ኣብ ሓደ ጥርዓን መልሲ ወይ መዘኻኸሪ ጽሒፎም።
   *[adult] { $name } ({ $role }) ኣብ ሓደ ጥርዓን መልሲ ወይ ውሽጣዊ መዘኻኸሪ ጽሒፎም።
}
access-complaint-triage = { $band ->
    [young] { $name } ሓደ ጥርዓን ሰሪዖም።
    [child] { $name } ({ $role }) ሓደ ጥርዓን ሰሪዖም (መን ከም ዝከታተሎ፡ መለለዪታት)።
   *[adult] { $name } ({ $role }) ሓደ ጥርዓን መዚኖምን ሰሪዖምን።
}
access-complaint-keys-share = { $band ->
    [young] { $name } ንሓድሽ ተሌፎን ጉጅለ ጥርዓን ሓደ ጥርዓን ከንብብ ፈቒዶምሉ።
    [child] { $name } ({ $role }) ንሓድሽ ተሌፎን ጉጅለ ጥርዓን ሓደ ጥርዓን ከንብብ ፈቒዶምሉ።
   *[adult] { $name } ({ $role }) መፍትሕ ሓደ ጥርዓን ምስ ሓደ ደሓር ዝተወሰኸ መሳርሒ ጉጅለ ጥርዓን ኣካፊሎም።
}
access-complaint-escalate = { $band ->
    [young] ሓደ ህጹጽ ጥርዓን ናብ ብዙሓት ሰባት ተላኢኹ።
    [child] ሓደ ህጹጽ ጥርዓን ናብቶም ዝቕጽሉ ኣብ ስራሕ ዘለዉ ሰባት ተላኢኹ።
   *[adult] ምብጻሑ ዘይተረጋገጸ ህጹጽ ጥርዓን ናብ ዝቕጽል ደረጃ ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ተሰጋጊሩ።
}
access-complaint-deadline-warn = { $band ->
    [young] ሓደ ጥርዓን ኣዝዩ ነዊሕ ግዜ ይጽበ ኣሎ።
    [child] ገደብ ግዜ ናይ ሓደ ጥርዓን ቀሪቡ ወይ ሓሊፉ እዩ።
   *[adult] ገደብ ግዜ ናይ ሓደ ጥርዓን 80 % በጺሑ ወይ ሓሊፉ።
}
access-complaint-identity-request = { $band ->
    [young] { $name } ጥርዓን ዘቕረበ መን ምዃኑ ሓቲቶም።
    [child] { $name } ({ $role }) ጥርዓን ዘቕረበ መን ምዃኑ ክፈልጡ ሓቲቶም።
   *[adult] { $name } ({ $role }) መንነት ናይቲ ጥርዓን ዘቕረበ ሰብ ሓቲቶም።
}
access-complaint-identity-decide = { $band ->
    [young] { $name } ጥርዓን ዘቕረበ መን ምዃኑ ክፍለጥ ይኽእል እንተ ኾይኑ ወሲኖም።
    [child] { $name } ({ $role }) ጥርዓን ዘቕረበ መን ምዃኑ ንምፍላጥ ዝቐረበ ሕቶ ወሲኖም።
   *[adult] { $name } ({ $role }) ኣብ ሓደ ሕቶ መንነት ወሲኖም።
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } ጥርዓን ዘቕረበ መን ምዃኑ ፈሊጦም።
    [child] { $name } ({ $role }) ድሕሪ ምጽዳቕ፡ ጥርዓን ዘቕረበ መን ምዃኑ ፈሊጦም።
   *[adult] { $name } ({ $role }) ድሕሪ ምጽዳቕ፡ መንነት ናይቲ ጥርዓን ዘቕረበ ሰብ ኣንቢቦም።
}
access-complaint-custodian-set = { $band ->
    [young] { $name } ብዛዕባ ስማት ኣብ ጥርዓናት መን ክውስን ከም ዝኽእል ቀይሮም።
    [child] { $name } ({ $role }) ሓላዊ ጥርዓናት መን ምዃኑ ቀይሮም።
   *[adult] { $name } ({ $role }) መሰል ሓላዊ ጥርዓናት ቀይሮም።
}
access-complaint-on-call-set = { $band ->
    [young] { $name } ንጥርዓናት ኣብ ስራሕ ዝህሉ ሰባት ቀይሮም።
    [child] { $name } ({ $role }) ንጥርዓናት ናይ ባዕሎም ግዜ ስራሕ ቀይሮም።
   *[adult] { $name } ({ $role }) ንህጹጽ ጥርዓናት ናይ ባዕሎም ደረጃ ስራሕ ቀይሮም።
}
access-complaint-expiry-warn = { $band ->
    [young] ሓደ ናይ ቀደም ጥርዓን ቀልጢፉ ክድምሰስ እዩ።
    [child] ሓደ ዝተዓጽወ ጥርዓን ቀልጢፉ ክድምሰስ እዩ።
   *[adult] ሓደ ዝተዓጽወ ጥርዓን ድሕሪ ግዜ መጠንቀቕታ ንምድምሳስ ተመልኪቱ።
}
access-complaint-delete = { $band ->
    [young] ሓደ ናይ ቀደም ጥርዓን ተደምሲሱ።
    [child] ሓደ ዝተዓጽወ ጥርዓን ተደምሲሱ።
   *[adult] ሓደ ዝተዓጽወ ጥርዓን ተደምሲሱ።
}
access-complaint-metrics-view = { $band ->
    [young] { $name } ብዛዕባ ጥርዓናት ቁጽርታት ርእዮም።
    [child] { $name } ({ $role }) ብዛዕባ ጥርዓናት ቁጽርታት ርእዮም።
   *[adult] { $name } ({ $role }) ኣሃዛት ጥርዓናት ርእዮም።
}
# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name } ከመይ ከም ዝስምዖም ኣርእዮም።
    [child] { $name } ({ $role }) ኩነታቶም ሓቢሮም።
   *[adult] { $name } ({ $role }) ምሕባር ኩነታት ገይሮም።
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } ከመይ ከም ዝስምዓኩም ክንደይ ግዜ ከተርእዩ ከም እትኽእሉ መሪጾም።
    [child] { $name } ({ $role }) ምሕባር ኩነታት ክንደይ ግዜ ከም ዝዝከር ወሲኖም።
   *[adult] { $name } ({ $role }) ምሕባር ኩነታት ክንደይ ግዜ ከም ዝዝከር ወሲኖም።
}
access-checkins-list = { $band ->
    [young] { $name } መዓስ ከመይ ከም ዝስምዓኩም ከም ዘርኣኹም ርእዮም።
    [child] { $name } ({ $role }) ምሕባር ኩነታት መዓስ ከም ዝተገብረ ርእዮም።
   *[adult] { $name } ({ $role }) ምሕባር ኩነታት መዓስ ከም ዝተገብረ ርእዮም።
}
access-help-request = { $band ->
    [young] { $name } ሕጂ ሓገዝ ሓቲቶም።
    [child] { $name } ({ $role }) ሕጂ ሓገዝ ሓቲቶም።
   *[adult] { $name } ({ $role }) ሕጂ ሓገዝ ሓቲቶም።
}
access-missing-flag = { $band ->
    [young] { $name } ኣበይ ከም ዘለኹም ከም ዘይፈልጡ ነጊሮም።
    [child] { $name } ({ $role }) ከም ዝጠፋእኩም ሓቢሮም።
   *[adult] { $name } ({ $role }) እቲ ቆልዓ ከም ዝጠፍአ ሓቢሮም።
}
access-alert-escalate = { $band ->
    [young] ተወሰኽቲ ሓገዝቲ ተሓቢሮም።
    [child] ክሳዕ ሕጂ ዝመለሰ ሰብ ስለ ዘይነበረ፡ ተወሰኽቲ ኣብ ስራሕ ዘለዉ ሰባት ተሓቢሮም።
   *[adult] እቲ መጠንቀቕታ ናብ ዝቕጽል ደረጃ ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ተሰጋጊሩ። ምብጻሑ ዘረጋገጸ ሰብ ኣይነበረን።
}
access-alert-acknowledge = { $band ->
    [young] { $name } ነቲ ናይ ሓገዝ ሕቶ ርእዮምዎ።
    [child] { $name } ({ $role }) ነቲ መጠንቀቕታ ርእዮም ተረኪቦምዎ።
   *[adult] { $name } ({ $role }) ምብጻሕ እቲ መጠንቀቕታ ኣረጋጊጾም።
}
access-alert-resolve = { $band ->
    [young] { $name } ነቲ ናይ ሓገዝ ሕቶ ዓጺዮምዎ።
    [child] { $name } ({ $role }) ነቲ መጠንቀቕታ ዓጺዮምዎ።
   *[adult] { $name } ({ $role }) ነቲ መጠንቀቕታ ፈቲሖምዎ።
}
access-alert-list = { $band ->
    [young] { $name } ናይ ሓገዝ ሕቶታት ርእዮም።
    [child] { $name } ({ $role }) ክፉታት መጠንቀቕታታት ርእዮም።
   *[adult] { $name } ({ $role }) ክፉታት መጠንቀቕታታት ርእዮም።
}
access-alert-metrics = { $band ->
    [young] { $name } ብዛዕባ ናይ ሓገዝ ሕቶታት ቁጽርታት ርእዮም።
    [child] { $name } ({ $role }) ኣሃዛት መጠንቀቕታታት (ብዘይ ስማት) ርእዮም።
   *[adult] { $name } ({ $role }) ጠቕላላ ኣሃዛት መጠንቀቕታታት ርእዮም።
}
access-roster-set = { $band ->
    [young] { $name } ኣብ ስራሕ ዝህሉ ሰባት ቀይሮም።
    [child] { $name } ({ $role }) ንመጠንቀቕታታት ኣብ ስራሕ ዝህሉ ሰባት ቀይሮም።
   *[adult] { $name } ({ $role }) መደብ ኣብ ስራሕ ዝህሉ ሰራሕተኛታት ቀይሮም።
}
access-case-risk-set = { $band ->
    [young] { $name } ኣየኖት ሓገዝቲ ቀዳምነት ከም ዝሕበሩ መሪጾም።
    [child] { $name } ({ $role }) ብዛዕባ መጠንቀቕታታት ኣየኖት ክኢላታት ቀዳምነት ከም ዝሕበሩ መሪጾም።
   *[adult] { $name } ({ $role }) ንምምራሕ መጠንቀቕታታት ደረጃ ሓደጋ ናይቲ ጉዳይ ወሲኖም።
}
